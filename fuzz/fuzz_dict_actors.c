/* fuzz_dict_actors.c — libFuzzer target: any bytes as a .actors dictionary. */
#include "dict_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_dictionary(data, size, wt_dict_read_actors, "fuzz.actors");
}
