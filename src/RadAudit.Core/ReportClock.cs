using System.Globalization;

namespace RadAudit.Core;

/// <summary>The time a report states it was made: now, or SOURCE_DATE_EPOCH (seconds since 1970, the
/// reproducible-builds convention) when set, so that two runs of the same audit can be compared byte for byte.</summary>
public static class ReportClock
{
    /// <summary>The variable that fixes the time.</summary>
    public const string EpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>Now, or the fixed time.</summary>
    public static DateTimeOffset Now() =>
        long.TryParse(Environment.GetEnvironmentVariable(EpochVariable), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.Now;
}
