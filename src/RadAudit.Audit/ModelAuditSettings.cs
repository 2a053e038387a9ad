using RadAudit.Audit.ModelProbes;
using RadAudit.Imaging;

namespace RadAudit.Audit;

/// <summary>Everything a model audit needs besides its input; recorded in results.json's config.</summary>
public sealed record ModelAuditSettings
{
    /// <summary>The data as the user named it.</summary>
    public required string DataPath { get; init; }

    /// <summary>The model as the user named it.</summary>
    public required string ModelPath { get; init; }

    /// <summary>The run folder (results.json, report.html, timings.json, data-check.json, markers/).</summary>
    public required string OutFolder { get; init; }

    /// <summary>The split the images come from, as results.json records it.</summary>
    public string Split { get; init; } = Core.Splits.Valid;

    /// <summary>The probes' settings.</summary>
    public ModelProbeSettings Probes { get; init; } = new();

    /// <summary>Where the model computes (auto, cpu, cuda), as results.json records it.</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Largest width × height the data check accepts.</summary>
    public long MaxPixels { get; init; } = ImageCodec.DefaultMaxPixels;

    /// <summary>Leave out images that fail validation instead of stopping.</summary>
    public bool SkipBad { get; init; }
}
