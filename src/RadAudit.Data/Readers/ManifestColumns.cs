using RadAudit.Core;

namespace RadAudit.Data.Readers;

/// <summary>Where each known column sits in a manifest's header, and turning a row into a record.</summary>
internal sealed class ManifestColumns
{
    private readonly int _path, _label, _study, _patient, _bodyPart, _split;

    private ManifestColumns(int path, int label, int study, int patient, int bodyPart, int split)
    {
        (_path, _label, _study, _patient, _bodyPart, _split) = (path, label, study, patient, bodyPart, split);
    }

    /// <summary>Finds the columns; throws naming the manifest if <c>path</c> or <c>label</c> is absent.</summary>
    public static ManifestColumns FromHeader(string[] header, string manifestPath)
    {
        var names = header.Select(name => name.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        int path = names.IndexOf("path"), label = names.IndexOf("label");
        if (path < 0 || label < 0)
            throw new RadAuditException(
                $"{manifestPath}: the header must name at least 'path' and 'label' (found '{string.Join(',', header)}'). Add the header line.");
        return new ManifestColumns(path, label, names.IndexOf("study"), names.IndexOf("patient"),
            names.IndexOf("body_part"), names.IndexOf("split"));
    }

    /// <summary>The record of a row, or null with <paramref name="problem"/> saying why.</summary>
    public ImageRecord? ToRecord(string[] fields, out string? problem)
    {
        problem = null;
        string path = ImagePaths.Canonical(Cell(fields, _path));
        if (path.Length == 0)
        {
            problem = "empty 'path'.";
            return null;
        }
        string labelText = Cell(fields, _label);
        if (!ManifestReader.TryParseLabel(labelText, out int? label))
        {
            problem = $"label '{labelText}' is not 1/0/abnormal/normal/empty.";
            return null;
        }
        string study = Cell(fields, _study);
        if (study.Length == 0) study = path;
        string patient = Cell(fields, _patient);
        if (patient.Length == 0) patient = study;
        return new ImageRecord(path, label, study, patient, Cell(fields, _bodyPart), Cell(fields, _split).ToLowerInvariant());
    }

    private static string Cell(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index].Trim() : "";
}
