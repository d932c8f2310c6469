#include <stdarg.h>

struct flags {
  unsigned int a : 3;
  unsigned int b : 5;
  int c : 10;
  unsigned long long d : 40;
  _Bool e : 1;
};

struct mixed {
  unsigned char x;
  unsigned int lo : 4;
  unsigned int hi : 4;
  unsigned char y;
  signed char neg : 3;
};

struct __attribute__((packed)) packed {
  char c;
  int i;
  short s;
};

struct outer {
  int tag;
  union {
    int i;
    float f;
  };
  struct {
    short x, y;
  } pos;
  char name[5];
};

enum color { RED = 1, GREEN = 2, BLUE = -4 };

typedef int (*binop_t)(int, int);

void c_fill_flags(struct flags *f);
int c_check_flags(const struct flags *f, unsigned a, unsigned b, int c,
                  unsigned long long d, _Bool e);
void c_fill_mixed(struct mixed *m);
int c_check_mixed(const struct mixed *m);
int c_check_packed(struct packed p);
int c_check_outer(const struct outer *o);
int c_apply(binop_t op, int x, int y);
int c_sum(int n, ...);
enum color c_next_color(enum color c);
unsigned long c_sizeof(int which);
