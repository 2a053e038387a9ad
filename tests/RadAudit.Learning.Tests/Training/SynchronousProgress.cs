using RadAudit.Core;

namespace RadAudit.Learning.Tests.Training;

/// <summary>IProgress that calls back on the reporting thread (Progress&lt;T&gt; posts asynchronously).</summary>
internal sealed class SynchronousProgress(Action<ProgressReport> onReport) : IProgress<ProgressReport>
{
    public void Report(ProgressReport value) => onReport(value);
}
