using System.Globalization;
using RadAudit.Core;
using RadAudit.Learning.Models;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Which reference cases a check runs, and their one-word spelling between processes
/// ("densenet-121:channels-last:fp32:128").</summary>
public static class ReferenceCases
{
    /// <summary>Image side of the check that runs automatically on a machine that needs one: small, so it takes
    /// seconds, and large enough for every architecture's deepest maps to keep 2 × 2 pixels.</summary>
    public const int ProbeImageSize = 64;

    /// <summary>The configurations RadAudit uses under <paramref name="candidate"/>: every architecture in the layout
    /// <c>--memory-format auto</c> gives it there, float32.</summary>
    public static IReadOnlyList<ReferenceCase> InUse(ComputeCandidate candidate, int imageSize) =>
        ModelRegistry.Names.Select(architecture => new ReferenceCase(architecture,
            candidate.MemoryFormat == "contiguous" ? MemoryLayout.Contiguous : ModelRegistry.PreferredLayout(architecture),
            ComputePrecision.Float32, imageSize)).ToArray();

    /// <summary>Every architecture × both layouts × float32 and bfloat16.</summary>
    public static IReadOnlyList<ReferenceCase> All(int imageSize) =>
        (from architecture in ModelRegistry.Names
         from layout in new[] { MemoryLayout.Contiguous, MemoryLayout.ChannelsLast }
         from precision in new[] { ComputePrecision.Float32, ComputePrecision.BFloat16 }
         select new ReferenceCase(architecture, layout, precision, imageSize)).ToArray();

    /// <summary>"densenet-121:channels-last:fp32:128".</summary>
    public static string Format(ReferenceCase reference) =>
        string.Join(':', reference.Architecture, MemoryLayoutNames.NameOf(reference.Layout),
            ComputePrecisionNames.NameOf(reference.Precision), reference.ImageSize.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads <see cref="Format"/>'s spelling.</summary>
    /// <exception cref="RadAuditException">Not four valid fields (exit code 2).</exception>
    public static ReferenceCase Parse(string text)
    {
        string[] fields = text.Split(':');
        if (fields.Length != 4 || !ModelRegistry.Names.Contains(fields[0]) || fields[1] == "auto" ||
            !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size < 32)
            throw new RadAuditException($"reference case '{text}': expected ARCH:LAYOUT:PRECISION:SIZE, e.g. densenet-121:channels-last:fp32:128.", exitCode: 2);
        return new ReferenceCase(fields[0], MemoryLayoutNames.Resolve(fields[1], fields[0]), ComputePrecisionNames.Parse(fields[2]), size);
    }
}
