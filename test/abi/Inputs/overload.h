// Overloadable functions (mangled symbols) and function pointers with a
// calling convention, for overload-callconv.test.
int twice(int x) __attribute__((overloadable));
double twice(double x) __attribute__((overloadable));
long twice(long x, long y) __attribute__((overloadable));
int twice1(void); // An ordinary function with the name of an overload number.

typedef int (__attribute__((ms_abi)) *ms_op_t)(int, int);
typedef ms_op_t (__attribute__((ms_abi)) *ms_pick_t)(int which);
ms_pick_t c_picker(void);
int c_apply(ms_op_t op, int a, int b);
