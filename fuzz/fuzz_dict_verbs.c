/* fuzz_dict_verbs.c — libFuzzer target: any bytes as a .verbs dictionary. */
#include "dict_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_dictionary(data, size, wt_dict_read_verbs, "fuzz.verbs");
}
