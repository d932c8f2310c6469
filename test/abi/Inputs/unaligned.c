#include "unaligned.h"

#include <stddef.h>
#include <string.h>

unsigned long c_layout(int r, int f) {
  static const unsigned long Table[3][4] = {
      {sizeof(struct arr), _Alignof(struct arr), offsetof(struct arr, a),
       offsetof(struct arr, v)},
      {sizeof(struct pa), _Alignof(struct pa), offsetof(struct pa, c),
       offsetof(struct pa, i)},
      {sizeof(struct outer), _Alignof(struct outer), offsetof(struct outer, c),
       offsetof(struct outer, in)},
  };
  return Table[r][f + 2];
}

void c_fill_arr(struct arr *p) {
  memset(p, 0, sizeof *p);
  p->a = 0xA1A2A3A4u;
  p->v[0] = 0x0102030405060708ULL;
  p->v[1] = 0x1112131415161718ULL;
}

int c_check_arr(const struct arr *p, unsigned a, compat_u64 v0, compat_u64 v1) {
  return p->a == a && p->v[0] == v0 && p->v[1] == v1;
}

void c_fill_pa(struct pa *p) {
  memset(p, 0, sizeof *p);
  p->c = 'p';
  p->i = -123456789;
}

int c_check_pa(const struct pa *p, char c, int i) {
  return p->c == c && p->i == i;
}

void c_fill_outer(struct outer *p) {
  memset(p, 0, sizeof *p);
  p->c = 'o';
  p->in.x = 0x7EADBEEF;
}

int c_check_outer(const struct outer *p, char c, int x) {
  return p->c == c && p->in.x == x;
}

void c_fill_pfam(struct pfam *p, int n) {
  p->c = 'f';
  for (int i = 0; i < n; ++i)
    p->tail[i] = i * 1000 - 7;
}

int c_check_pfam(const struct pfam *p, int n, int base) {
  for (int i = 0; i < n; ++i)
    if (p->tail[i] != base + i)
      return 0;
  return p->c == 'g';
}
