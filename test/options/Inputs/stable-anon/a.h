enum { A_FIRST = 1, A_SECOND };
struct { int x; unsigned char y; } a_global;
struct a_named {
  union { int i; float f; };
  enum { A_INNER_ON, A_INNER_OFF } state;
};
