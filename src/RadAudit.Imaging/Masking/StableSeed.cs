using System.Text;

namespace RadAudit.Imaging.Masking;

/// <summary>
/// A seed derived from an image path and a run seed (64-bit FNV-1a of the UTF-8 path), identical on every machine
/// and run, unlike <see cref="string.GetHashCode()"/>, so per-image randomness is reproducible.
/// </summary>
public static class StableSeed
{
    /// <summary>The seed for <paramref name="path"/> under <paramref name="seed"/>.</summary>
    public static int For(string path, int seed)
    {
        ulong hash = 14695981039346656037UL ^ (uint)seed;
        foreach (byte value in Encoding.UTF8.GetBytes(path))
        {
            hash ^= value;
            hash *= 1099511628211UL;
        }
        return (int)(hash ^ (hash >> 32));
    }
}
