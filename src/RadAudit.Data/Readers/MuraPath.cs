using System.Globalization;
using RadAudit.Core;

namespace RadAudit.Data.Readers;

/// <summary>
/// The parts of a MURA image path
/// <c>MURA-v1.1/{split}/XR_{PART}/patientNNNNN/studyN_{positive|negative}/imageN.png</c>.
/// </summary>
/// <param name="Study">Study folder path with a trailing slash, as <c>*_labeled_studies.csv</c> spells it.</param>
/// <param name="Patient">Patient folder name, e.g. <c>patient00001</c>.</param>
/// <param name="BodyPart">Study type folder, e.g. <c>XR_WRIST</c>.</param>
/// <param name="FolderLabel">1 for <c>_positive</c>, 0 for <c>_negative</c>, null without a suffix.</param>
/// <param name="ViewIndex">N of <c>imageN</c>, 0 when the name has no number.</param>
internal sealed record MuraPath(string Study, string Patient, string BodyPart, int? FolderLabel, int ViewIndex)
{
    /// <summary>Parses an image path; null when it has fewer than the five folders MURA paths have.</summary>
    public static MuraPath? TryParse(string path)
    {
        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 5) return null;
        string studyFolder = segments[^2];
        string study = string.Join('/', segments[..^1]) + "/";
        return new MuraPath(study, segments[^3], segments[^4], FolderLabelOf(studyFolder), ViewIndexOf(segments[^1]));
    }

    /// <summary>The label a study folder's suffix claims (1 positive, 0 negative, null none).</summary>
    public static int? FolderLabelOf(string studyFolder) =>
        studyFolder.EndsWith("_positive", StringComparison.Ordinal) ? 1
        : studyFolder.EndsWith("_negative", StringComparison.Ordinal) ? 0
        : null;

    /// <summary>A study path as the labelled-studies CSV spells it: '/' separators and one trailing slash.</summary>
    public static string NormaliseStudy(string study) => ImagePaths.Canonical(study).TrimEnd('/') + "/";

    private static int ViewIndexOf(string fileName)
    {
        string stem = Path.GetFileNameWithoutExtension(fileName);
        string digits = new(stem.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : 0;
    }
}
