using RadAudit.Core;

namespace RadAudit.Data.Predictions;

/// <summary>Where each predictions column sits in a file's header (−1 for an absent optional column).</summary>
internal sealed record ColumnIndex(int Path, int Label, int Score, int Study, int Patient, int BodyPart)
{
    public static ColumnIndex From(IReadOnlyList<string> header, string source)
    {
        var names = header.Select(name => name.Trim()).ToList();
        string[] missing = PredictionsCsvColumns.Required.Where(required => !names.Contains(required)).ToArray();
        if (missing.Length > 0)
            throw new RadAuditException(
                $"{source}: header lacks column(s) {string.Join(", ", missing)}; a predictions CSV starts with " +
                $"'{string.Join(',', PredictionsCsvColumns.Required)}' (optional: study,patient,body_part).");
        return new ColumnIndex(names.IndexOf(PredictionsCsvColumns.Path), names.IndexOf(PredictionsCsvColumns.Label),
            names.IndexOf(PredictionsCsvColumns.Score), names.IndexOf(PredictionsCsvColumns.Study),
            names.IndexOf(PredictionsCsvColumns.Patient), names.IndexOf(PredictionsCsvColumns.BodyPart));
    }
}
