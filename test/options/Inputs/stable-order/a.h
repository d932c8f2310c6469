#ifndef STABLE_ORDER_A_H
#define STABLE_ORDER_A_H
#include "common.h"
enum { A_FIRST = 1, A_SECOND };
/* The same content as b.h's b_pair: the same hash. */
struct { int left; int right; } a_pair;
ANON_COUNTER(a_counter);
struct a_holder {
  struct so_fwd *fwd; /* so_fwd is first declared here by position */
  union { int i; float f; };
  struct { unsigned flag : 1; unsigned mode : 3; } bits;
};
/** so_shared, as a.h declares it. */
void so_shared(so_size_t len, int flags);
int __attribute__((overloadable)) so_over(int x);
static inline int a_helper(int x) { return x + 1; }
/* B_BASE is defined in b.h. */
#define A_DERIVED (B_BASE + 1)
/* Repeated identically in b.h. */
#define SO_LIMIT 16
#endif
