/* fuzz_dict_agents.c — libFuzzer target: any bytes as a .agents dictionary. */
#include "dict_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_dictionary(data, size, wt_dict_read_agents, "fuzz.agents");
}
