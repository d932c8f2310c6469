// Records whose layout Rust's repr cannot say directly (issue 11): an array
// of an under-aligned typedef, a packed and aligned record, a packed record
// holding an aligned one.
typedef unsigned long long compat_u64 __attribute__((aligned(4)));
struct arr {
  unsigned int a;
  compat_u64 v[2];
};

struct __attribute__((packed, aligned(4))) pa {
  char c;
  int i;
};

struct inner {
  int x;
} __attribute__((aligned(8)));

struct __attribute__((packed)) outer {
  char c;
  struct inner in;
};

// A flexible array at byte 1 of a 4-aligned record.
struct __attribute__((packed, aligned(4))) pfam {
  char c;
  int tail[];
};

// Size, alignment and field offsets as C sees them: record R (0 arr, 1 pa,
// 2 outer), field F (-2 size, -1 alignment, else the F-th field's offset).
unsigned long c_layout(int r, int f);

void c_fill_arr(struct arr *p);
int c_check_arr(const struct arr *p, unsigned a, compat_u64 v0, compat_u64 v1);
void c_fill_pa(struct pa *p);
int c_check_pa(const struct pa *p, char c, int i);
void c_fill_outer(struct outer *p);
int c_check_outer(const struct outer *p, char c, int x);
void c_fill_pfam(struct pfam *p, int n);
int c_check_pfam(const struct pfam *p, int n, int base);
