namespace RadAudit.Core;

/// <summary>
/// One progress update from long work (synthesis, loading, training). Libraries report through
/// <see cref="IProgress{T}"/> and never write to the console; the CLI renders a bar on a terminal and plain
/// periodic lines elsewhere (CI logs).
/// </summary>
/// <param name="Stage">What is being done, e.g. "synth train" or "epoch 3/10".</param>
/// <param name="Done">Units finished so far.</param>
/// <param name="Total">Units in all (0 when unknown).</param>
/// <param name="Detail">Short extra text, e.g. "loss 0.412, 38 img/s".</param>
public sealed record ProgressReport(string Stage, long Done, long Total, string? Detail = null);
