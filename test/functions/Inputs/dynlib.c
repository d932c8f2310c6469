#include "dynlib.h"
int dyn_counter = 41;
struct pair dyn_origin = {2, 3};
int pair_sum(const struct pair *p) { return p->a + p->b + dyn_counter; }
void pair_scale(struct pair *p, int k) { p->a *= k; p->b *= k; ++dyn_counter; }
