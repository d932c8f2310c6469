/* Static inline functions of every shape, called from Rust through the
   wrappers kbindgen generates and from C directly (wrappers.test). */
#include <stdbool.h>
#include <stdint.h>

struct point { int x; int y; };
struct mixed { char c; double d; uint16_t s; };
enum color { RED = 1, GREEN = 7, BLUE = -3 };
typedef int (*binop)(int, int);

static inline struct point add_points(struct point a, struct point b) {
  struct point r = { a.x + b.x, a.y + b.y };
  return r;
}
static inline struct mixed scale(struct mixed m, double k) {
  m.c = (char)(m.c + 1);
  m.d *= k;
  m.s = (uint16_t)(m.s * 3);
  return m;
}
static inline int sum_const(const int *p, unsigned n) {
  int s = 0;
  for (unsigned i = 0; i < n; i++)
    s += p[i];
  return s;
}
static inline int apply(binop f, int a, int b) { return f(a, b); }
static inline bool is_even(long v) { return (v & 1) == 0; }
static inline enum color rotate(enum color c) {
  return c == RED ? GREEN : c == GREEN ? BLUE : RED;
}
static inline int64_t second(const int64_t a[3]) { return a[1]; }
static inline void swap(int *restrict a, int *restrict b) {
  int t = *a;
  *a = *b;
  *b = t;
}
static inline uint8_t narrow(uint64_t v) { return (uint8_t)(v >> 3); }
static inline float halve(float f) { return f / 2; }
static inline int8_t neg(int8_t v) { return (int8_t)-v; }
static int counter;
static int bump(void) { return ++counter; }
