/* What UML's bindgen runs see: the host's layout of longs and pointers. */
struct uml_probe {
  char c;
  long l;
  void *p;
};
