using System.Text;
using RadAudit.Core;
using RadAudit.Data.Readers;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Data.Validation;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Readers;

/// <summary>The MURA copies real people have: header lines, a missing CSV, another encoding, pipes for files.</summary>
public sealed class MuraQuirksTests
{
    [Fact]
    public void Should_skip_a_header_line_in_the_image_list_as_the_data_contract_says()
    {
        // Given image lists that someone gave a header line, after a blank line
        using var fixture = MuraFixture.Create();
        foreach (string split in new[] { "train", "valid" })
        {
            string csv = Path.Combine(fixture.MuraFolder, $"{split}_image_paths.csv");
            File.WriteAllText(csv, "\n\uFEFFimage_path\n" + File.ReadAllText(csv));
        }

        // When read, then it reads exactly as without the header: no problem, every image
        ImageDataSet data = MuraReader.Read(fixture.Root);
        Assert.Empty(data.ReadProblems);
        Assert.Equal(22, data.Records.Count);
    }

    [Fact]
    public void Should_report_a_missing_valid_image_list_instead_of_an_ok_data_set_without_valid()
    {
        // Given a MURA copy without valid_image_paths.csv
        using var fixture = MuraFixture.Create();
        string missing = Path.Combine(fixture.MuraFolder, "valid_image_paths.csv");
        File.Delete(missing);

        // When read and validated
        DataValidationReport report = DataValidator.Validate(MuraReader.Read(fixture.Root), ValidationOptions.HeadersOnly);

        // Then the missing file is an error naming it and what it means
        DataProblem problem = Assert.Single(report.Errors);
        Assert.Equal(("missing-index-file", missing), (problem.Code, problem.File));
        Assert.Equal("missing: MURA v1.1 lists the valid images in this file, so the valid split is empty. Restore it from the MURA download.", problem.Message);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Should_stop_the_gate_on_a_missing_image_list_without_offering_skip_bad_for_it()
    {
        // Given a MURA copy without valid_image_paths.csv
        using var fixture = MuraFixture.Create();
        File.Delete(Path.Combine(fixture.MuraFolder, "valid_image_paths.csv"));

        // When it passes the gate a verb uses, without and with skip-bad
        var stop = Assert.Throws<DataValidationException>(() => DataGate.Pass(MuraReader.Read(fixture.Root), ValidationOptions.HeadersOnly, skipBad: false));
        var skipping = Assert.Throws<DataValidationException>(() => DataGate.Pass(MuraReader.Read(fixture.Root), ValidationOptions.HeadersOnly, skipBad: true));

        // Then both stop; the error says to fix it, and that skipping cannot help (it concerns no image)
        Assert.Equal(stop.Message, skipping.Message);
        Assert.Equal(0, stop.Report.SkippedRows);
        Assert.Contains("Restore it from the MURA download. Run 'radaudit data check' on ", stop.Message);
        Assert.EndsWith(" for the full list, and fix them: they concern no single image, so the skip-bad setting cannot leave them out.", stop.Message);
    }

    [Fact]
    public void Should_refuse_a_utf16_csv_without_a_byte_order_mark_naming_the_encoding()
    {
        // Given a labelled-studies CSV saved as UTF-16 (little-endian, no byte-order mark)
        using var fixture = MuraFixture.Create();
        string csv = Path.Combine(fixture.MuraFolder, "train_labeled_studies.csv");
        File.WriteAllBytes(csv, Encoding.Unicode.GetBytes(File.ReadAllText(csv)));

        // When read, then one error names the file, the encoding and the fix (not 14 unlabelled studies)
        var problem = Assert.Throws<RadAuditException>(() => MuraReader.Read(fixture.Root));
        Assert.Equal($"{csv}: the labelled-studies CSV is UTF-16 encoded (without a byte-order mark); RadAudit reads CSV files as UTF-8. " +
            "Save it as UTF-8 (a spreadsheet's \"CSV UTF-8\", or iconv -f UTF-16LE -t UTF-8).", problem.Message);
    }

    [Fact]
    public void Should_read_a_utf16_csv_that_has_a_byte_order_mark()
    {
        // Given both labelled-studies CSVs saved as UTF-16 with a byte-order mark (which says the encoding)
        using var fixture = MuraFixture.Create();
        foreach (string split in new[] { "train", "valid" })
        {
            string csv = Path.Combine(fixture.MuraFolder, $"{split}_labeled_studies.csv");
            File.WriteAllText(csv, File.ReadAllText(csv), Encoding.Unicode);
        }

        // When read, then every study is labelled as before
        ImageDataSet data = MuraReader.Read(fixture.Root);
        Assert.Empty(data.ReadProblems);
        Assert.Equal(13, data.Records.Count(record => record.Label == 1));
    }

    [SkippableFact]
    public void Should_refuse_a_named_pipe_as_manifest_without_opening_it()
    {
        Skip.IfNot(SpecialFiles.CanMakePipes, "named pipes need Unix and mkfifo");
        using var folder = new TemporaryFolder();
        string pipe = SpecialFiles.MakePipe(folder.Combine("manifest.csv"));

        var problem = SpecialFiles.WithinSeconds(10, () => Assert.Throws<RadAuditException>(() => DataSetOpener.Open(pipe)));

        Assert.Equal($"{pipe}: the manifest is a named pipe (FIFO); RadAudit reads only regular files. Name the file itself.", problem.Message);
    }
}
