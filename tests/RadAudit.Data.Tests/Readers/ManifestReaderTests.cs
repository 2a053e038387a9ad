using CsCheck;
using RadAudit.Core;
using RadAudit.Data.Readers;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Readers;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Should_read_optional_columns_in_any_order_with_defaults()
    {
        // Given a manifest with reordered, partly missing columns and a quoted path with a comma
        using var folder = new TemporaryFolder();
        string manifest = folder.WriteText("set/manifest.csv",
            "Label,path,split,patient\r\n" +
            "abnormal,\"a,1.png\",Train,p1\r\n" +
            "0,sub/b.png,valid,\r\n" +
            ",c.png,,p3\r\n");

        // When read (by naming its folder)
        ImageDataSet data = DataSetOpener.Open(Path.GetDirectoryName(manifest)!);

        // Then the root is the manifest's folder and absent values take their documented defaults
        Assert.Equal(DataSetKind.Manifest, data.Kind);
        Assert.Equal(Path.GetDirectoryName(manifest), data.Root);
        Assert.Equal(new ImageRecord("a,1.png", 1, "a,1.png", "p1", "", "train"), data.Records[0]);
        Assert.Equal(new ImageRecord("sub/b.png", 0, "sub/b.png", "sub/b.png", "", "valid"), data.Records[1]);
        Assert.Null(data.Records[2].Label);
        Assert.Empty(data.ReadProblems);
    }

    [Fact]
    public void Should_report_an_unreadable_row_with_its_line_and_keep_the_rest()
    {
        using var folder = new TemporaryFolder();
        string manifest = folder.WriteText("m.csv", "path,label\na.png,1\nb.png,maybe\n\nc.png,0\n");
        ImageDataSet data = DataSetOpener.Open(manifest);
        Assert.Equal(["a.png", "c.png"], data.Records.Select(record => record.Path));
        var problem = Assert.Single(data.ReadProblems);
        Assert.Equal(DataProblemKind.InvalidRow, problem.Kind);
        Assert.EndsWith("m.csv:3", problem.File);
        Assert.Contains("maybe", problem.Message);
    }

    [Fact]
    public void Should_refuse_a_manifest_without_path_and_label_columns()
    {
        using var folder = new TemporaryFolder();
        string manifest = folder.WriteText("m.csv", "file,diagnosis\na.png,1\n");
        var problem = Assert.Throws<RadAuditException>(() => ManifestReader.Read(manifest));
        Assert.Contains("m.csv", problem.Message);
        Assert.Contains("'path' and 'label'", problem.Message);
    }

    [Fact]
    public void Should_split_quoted_csv_fields_back_into_what_was_written()
    {
        Gen.String[Gen.Char["ab ,\"x"], 0, 6].Array[1, 5].Sample(fields =>
        {
            // Given fields quoted the RFC 4180 way
            string line = string.Join(',', fields.Select(field => "\"" + field.Replace("\"", "\"\"") + "\""));

            // Then splitting returns them unchanged
            Assert.Equal(fields, CsvFields.Split(line));
        }, seed: "0N0XIzNsQ0O2");
    }
}
