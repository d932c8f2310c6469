#include "abi.h"

#include <string.h>

void c_fill_flags(struct flags *f) {
  memset(f, 0, sizeof *f);
  f->a = 5;
  f->b = 17;
  f->c = -300;
  f->d = 0x12345678abULL;
  f->e = 1;
}

int c_check_flags(const struct flags *f, unsigned a, unsigned b, int c,
                  unsigned long long d, _Bool e) {
  return f->a == a && f->b == b && f->c == c && f->d == d && f->e == e;
}

void c_fill_mixed(struct mixed *m) {
  memset(m, 0, sizeof *m);
  m->x = 0xAA;
  m->lo = 0x3;
  m->hi = 0xC;
  m->y = 0x55;
  m->neg = -2;
}

int c_check_mixed(const struct mixed *m) {
  return m->x == 0x11 && m->lo == 0x9 && m->hi == 0x6 && m->y == 0x22 &&
         m->neg == -3;
}

int c_check_packed(struct packed p) {
  return p.c == 'k' && p.i == 0x01020304 && p.s == -2;
}

int c_check_outer(const struct outer *o) {
  return o->tag == 7 && o->i == 42 && o->pos.x == -1 && o->pos.y == 300 &&
         memcmp(o->name, "rust", 5) == 0;
}

int c_apply(binop_t op, int x, int y) { return op(x, y); }

int c_sum(int n, ...) {
  va_list ap;
  int s = 0;
  va_start(ap, n);
  for (int i = 0; i < n; ++i)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

enum color c_next_color(enum color c) {
  return c == RED ? GREEN : c == GREEN ? BLUE : RED;
}

unsigned long c_sizeof(int which) {
  switch (which) {
  case 0: return sizeof(struct flags);
  case 1: return sizeof(struct mixed);
  case 2: return sizeof(struct packed);
  case 3: return sizeof(struct outer);
  }
  return 0;
}
