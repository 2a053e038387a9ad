namespace RadAudit.Audit.ModelProbes;

/// <summary>How long one probe step took (logged and written to <c>timings.json</c>, never into results.json, which
/// stays the same for the same inputs).</summary>
/// <param name="Step">The step.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Images">Images the step worked on.</param>
/// <param name="ForwardPasses">Images scored (each edit of each image counts once; saliency not included).</param>
public sealed record ProbeTiming(string Step, double Seconds, int Images, int ForwardPasses);
