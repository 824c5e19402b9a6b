#ifndef PAVILION_CPREFETCH_H
#define PAVILION_CPREFETCH_H
/// Asks the processor to start loading the cache line at `p`: the search scans many arrays at
/// once, more than the hardware prefetcher follows.
static inline void pavilion_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }
#endif
