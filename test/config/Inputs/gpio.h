enum gpio_line_direction { GPIO_LINE_DIRECTION_IN = 0, GPIO_LINE_DIRECTION_OUT = 1 };
struct gpio_desc { enum gpio_line_direction dir; int id; };
int gpiod_get_direction(struct gpio_desc *desc, enum gpio_line_direction *out);
