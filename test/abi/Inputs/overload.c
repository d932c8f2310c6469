#include "overload.h"

int twice(int x) __attribute__((overloadable)) { return 2 * x; }
double twice(double x) __attribute__((overloadable)) { return 2.0 * x; }
long twice(long x, long y) __attribute__((overloadable)) { return 2 * (x + y); }
int twice1(void) { return 11; }

static int __attribute__((ms_abi)) sub(int a, int b) { return a - b; }
static int __attribute__((ms_abi)) add(int a, int b) { return a + b; }
static ms_op_t __attribute__((ms_abi)) pick(int which) {
  return which ? add : sub;
}
ms_pick_t c_picker(void) { return pick; }
int c_apply(ms_op_t op, int a, int b) { return op(a, b); }
