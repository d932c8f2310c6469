/* Prints what the functions of wrappers.h return, called directly. */
#include <stdio.h>
#include "wrappers.h"

static int mul(int a, int b) { return a * b; }

int main(void) {
  struct point p = add_points((struct point){1, 2}, (struct point){30, 40});
  printf("add_points %d %d\n", p.x, p.y);
  struct mixed m = scale((struct mixed){'a', 1.25, 1000}, 4.0);
  printf("scale %d %.3f %u\n", m.c, m.d, m.s);
  int arr[4] = {3, 5, 7, 11};
  printf("sum_const %d\n", sum_const(arr, 4));
  printf("apply %d\n", apply(mul, 6, 7));
  printf("is_even %d %d\n", is_even(10), is_even(-7));
  printf("rotate %d %d %d\n", rotate(RED), rotate(GREEN), rotate(BLUE));
  int64_t big[3] = {1, -9000000000LL, 3};
  printf("second %lld\n", (long long)second(big));
  int a = 1, b = 2;
  swap(&a, &b);
  printf("swap %d %d\n", a, b);
  printf("narrow %u\n", narrow(0xFFFFFFFFFFull));
  printf("halve %.3f\n", halve(5.0f));
  printf("neg %d\n", neg(-128));
  bump();
  printf("bump %d\n", bump());
  return 0;
}
