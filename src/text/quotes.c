#include "text/quotes.h"

void wt_quotes(wt_doc *d) { (void)d; }
