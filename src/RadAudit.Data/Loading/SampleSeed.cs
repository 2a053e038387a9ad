namespace RadAudit.Data.Loading;

/// <summary>
/// Derives independent seeds from (seed, epoch, position) with the SplitMix64 finaliser, so each image's
/// augmentation depends only on where it sits in the epoch, never on which worker thread processed it.
/// </summary>
public static class SampleSeed
{
    /// <summary>A 32-bit seed mixing the three inputs.</summary>
    public static int Mix(int seed, int epoch, long position)
    {
        ulong state = (ulong)(uint)seed;
        state = Finalise(state ^ 0x9E3779B97F4A7C15UL * (ulong)(uint)(epoch + 1));
        state = Finalise(state ^ (ulong)position * 0xBF58476D1CE4E5B9UL);
        return (int)(state ^ (state >> 32));
    }

    private static ulong Finalise(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
