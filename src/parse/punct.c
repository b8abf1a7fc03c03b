/* punct.c — where punctuation attaches. The treebanks disagree: GSD and
 * PUD attach a comma to the phrase it sets off (the conjunct, apposition
 * or clause after it, or the fronted phrase before it), CSUI to the head
 * that phrase hangs from. warta follows one convention, GSD's and PUD's,
 * which is also the UD guideline: punctuation attaches to the head of the
 * phrase it delimits. Given the tree of the other words it is a rule, not
 * a decision, so it is applied to the gold trees before training and
 * scoring and to the parser's trees after parsing (docs/parser.md):
 *
 *   R = the largest phrase that starts at the next non-punctuation word,
 *   L = the largest phrase that ends at the previous one;
 *   if R hangs from a word before the mark        → R (it sets R off)
 *   else if L hangs from a word after the mark    → L (it closes L)
 *   else if there is no R (end of sentence)       → L
 *   else                                          → R
 *
 * heads[1..n] (0 = root), punct[1..n] non-zero for punctuation. */
#include "parse/syntax.h"

/* The largest phrase (a word whose subtree, punctuation aside, has its
 * edge at w): climb from w while the parent's subtree still has that
 * edge. lo/hi are the subtree edges. */
static int maximal(const int *heads, const int *lo, const int *hi, int w, int left_edge)
{
    int best = w;
    for (int j = heads[w], guard = 0; j > 0 && guard < 100000; j = heads[j], guard++) {
        if (left_edge ? lo[j] != w : hi[j] != w) break;
        best = j;
    }
    return best;
}

void wt_punct_attach(int *heads, const int *punct, int n)
{
    int *lo = wt_xmalloc(((size_t)n + 1) * 2 * sizeof *lo), *hi = lo + n + 1;
    for (int i = 0; i <= n; i++) lo[i] = hi[i] = i;
    /* subtree edges over non-punctuation words: push each word's position
     * up its chain of heads (n·depth; sentences are short) */
    for (int i = 1; i <= n; i++) {
        if (punct[i]) continue;
        for (int j = heads[i], guard = 0; j > 0 && guard <= n; j = heads[j], guard++) {
            if (i < lo[j]) lo[j] = i;
            if (i > hi[j]) hi[j] = i;
        }
    }
    /* a mark something hangs from is left where it is: moving it could
     * close a cycle */
    int *has_kids = wt_xcalloc((size_t)n + 1, sizeof *has_kids);
    for (int i = 1; i <= n; i++)
        if (heads[i] > 0 && heads[i] <= n) has_kids[heads[i]] = 1;
    for (int i = 1; i <= n; i++) {
        if (!punct[i] || has_kids[i]) continue;
        int a = i - 1, b = i + 1;
        while (a >= 1 && punct[a]) a--;
        while (b <= n && punct[b]) b++;
        int L = a >= 1 ? maximal(heads, lo, hi, a, 0) : 0;
        int R = b <= n ? maximal(heads, lo, hi, b, 1) : 0;
        int h;
        if (R && heads[R] > 0 && heads[R] < i) h = R;
        else if (L && heads[L] > i) h = L;
        else if (!R) h = L;
        else h = R;
        if (h) heads[i] = h;   /* a sentence of punctuation alone keeps its tree */
    }
    free(has_kids);
    free(lo);
}
