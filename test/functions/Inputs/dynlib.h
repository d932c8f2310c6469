// The interface of Inputs/dynlib.c, loaded at run time by dynmain.rs.
struct pair { int a, b; };
int pair_sum(const struct pair *p);
void pair_scale(struct pair *p, int k);
extern int dyn_counter;
extern struct pair dyn_origin;
// Declared but not in the library: only its use fails.
int dyn_missing(void);
