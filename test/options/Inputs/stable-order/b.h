#ifndef STABLE_ORDER_B_H
#define STABLE_ORDER_B_H
#include "common.h"
enum { B_ONLY = 7 };
struct { int left; int right; } b_pair;
ANON_COUNTER(b_counter);
ANON_COUNTER(b_counter_again);
struct so_fwd;
/** so_shared, as b.h declares it. */
void so_shared(unsigned long size, int mode);
long __attribute__((overloadable)) so_over(long x);
static inline int b_helper(int x) { return x * 2; }
#define B_BASE 4
#define SO_LIMIT 16
#endif
