using RadAudit.Learning.Models;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>One configuration the float64 reference check runs: an architecture in a memory layout and precision,
/// on a batch of <see cref="BatchSize"/> random images of <see cref="ImageSize"/> pixels square.</summary>
public sealed record ReferenceCase(string Architecture, MemoryLayout Layout, ComputePrecision Precision, int ImageSize, int BatchSize = 2)
{
    /// <summary>"densenet-121 channels-last fp32 224 px".</summary>
    public string Name => $"{Architecture} {MemoryLayoutNames.NameOf(Layout)} {ComputePrecisionNames.NameOf(Precision)} {ImageSize} px";
}
