using System.Runtime.Versioning;
using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests;

/// <summary>train, predict and saliency pass the audit's data gate with --skip-bad, check their output and boxes
/// before any long work, and print data as text.</summary>
public sealed class DataGateCliTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output, string Error) Run(params string[] args) => CliInvocation.Run(args);

    private string Image(string name) => _folder.WriteBytes(name, ImageCodec.EncodeGrayPng(new GrayImage(8, 8)));

    private string[] Train(string data) =>
        ["train", "--data", data, "--arch", "densenet-small", "--image-size", "32", "--epochs", "1", "--workers", "1", "--out", _folder.Combine("run")];

    [Fact]
    public void Should_stop_train_on_label_conflicts_leakage_into_valid_and_duplicate_rows_before_training()
    {
        // Given a manifest with a study labelled 0 and 1, a row listed twice, and a train patient in valid
        foreach (string name in new[] { "a.png", "b.png", "c.png", "d.png", "e.png" }) Image(name);
        string manifest = _folder.WriteText("manifest.csv", "path,label,study,patient,split\n" +
            "a.png,1,s1,p1,train\nb.png,0,s1,p1,train\nc.png,1,s2,p2,train\nc.png,1,s2,p2,train\nd.png,0,s3,p3,valid\ne.png,1,s4,p2,valid\n");

        // When train runs on it
        var (code, _, error) = Run(Train(manifest));

        // Then it exits 1 before training, naming each problem and the way out, and writes no run folder
        Assert.Equal(1, code);
        Assert.StartsWith($"radaudit: {manifest}: 3 data problem(s): duplicate-path c.png: listed again (record 4, first at record 3). Remove the repeat.; " +
            "label-conflict a.png: images of study s1 are labelled both 0 and 1. Give the study one label.; " +
            "patient-leakage e.png: patient p2 is in splits train, valid; 1 image(s) outside 'train' leak. Keep each patient in one split. Run ", error);
        Assert.Contains("or use --skip-bad to skip the 4 image(s) concerned.", error);
        Assert.False(Directory.Exists(_folder.Combine("run")));
    }

    [Fact]
    public void Should_accept_skip_bad_in_train_and_skip_what_it_names()
    {
        // Given a manifest whose train images are both undecodable, and boxes on one of them
        _folder.WriteBytes("a.png", [1, 2, 3, 4]);
        _folder.WriteBytes("b.png", [5, 6, 7, 8]);
        Image("c.png");
        string manifest = _folder.WriteText("manifest.csv", "path,label,patient,split\na.png,1,p1,train\nb.png,0,p2,train\nc.png,0,p3,valid\n");
        string boxes = _folder.WriteText("boxes.csv", "path,x,y,width,height,kind\na.png,1,1,2,2,laterality\n");

        // When train runs with --skip-bad
        var (code, output, error) = Run([.. Train(manifest), "--skip-bad", "--markers", boxes]);

        // Then the option is known, both images are skipped and said (a box on a skipped image is no misspelled path),
        // and training stops for want of train images
        Assert.DoesNotContain("Unrecognized", error);
        Assert.DoesNotContain("warning", error);
        Assert.Contains($"--skip-bad: skipped 2 image(s) and 0 unreadable row(s) of {manifest}; using 1.", output);
        Assert.Equal(1, code);
        Assert.Contains("no images in the 'train' split", error);
    }

    [Fact]
    public void Should_refuse_a_masking_variant_whose_boxes_name_no_image_of_the_data()
    {
        // Given boxes for paths the data does not have (spelled from another root)
        Image("img/a.png");
        Image("img/b.png");
        string manifest = _folder.WriteText("manifest.csv", "path,label,patient,split\nimg/a.png,1,p1,train\nimg/b.png,0,p2,valid\n");
        string boxes = _folder.WriteText("boxes.csv", "path,x,y,width,height,kind\ndata/img/a.png,1,1,2,2,laterality\n");

        // When train is asked for the cover variant
        var (code, _, error) = Run([.. Train(manifest), "--variant", "cover", "--markers", boxes]);

        // Then it refuses before training: the cover condition would mask nothing
        Assert.Equal(1, code);
        Assert.Equal($"radaudit: --markers: {boxes}: none of its 1 boxes names an image of the data (a box path is 'data/img/a.png', " +
            "an image path is 'img/a.png'), so the cover condition would mask nothing. Write the box paths as the data set names its images.",
            error.Trim());
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Should_refuse_a_read_only_predictions_folder_before_scoring_anything()
    {
        // Given a read-only output folder (and no model at all: nothing may be loaded or scored before the check)
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        string locked = _folder.Combine("locked/x");
        Directory.CreateDirectory(Path.GetDirectoryName(locked)!);
        File.SetUnixFileMode(Path.GetDirectoryName(locked)!, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Skip.If(CanWriteIn(Path.GetDirectoryName(locked)!), "this user (root?) may write into read-only folders");
            Image("a.png");
            string manifest = _folder.WriteText("manifest.csv", "path,label,patient,split\na.png,1,p1,valid\n");

            // When predict is asked to write there
            string output = Path.Combine(Path.GetDirectoryName(locked)!, "predictions.csv");
            var (code, _, error) = Run("predict", "--model", _folder.Combine("no-model"), "--data", manifest, "--out", output);

            // Then one line names the file and the fix, not a raw IOException after scoring
            Assert.Equal(1, code);
            Assert.StartsWith($"radaudit: --out: {output}: cannot be written here (", error);
            Assert.Contains("Choose a place you can write to, or fix the folder's permissions or free space, then rerun.", error);
        }
        finally
        {
            File.SetUnixFileMode(Path.GetDirectoryName(locked)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableFact]
    public void Should_refuse_an_unwritable_predictions_path_even_for_root_before_scoring_anything()
    {
        // Given an output under /proc, which nobody may create files in (root included)
        Skip.IfNot(OperatingSystem.IsLinux() && Directory.Exists("/proc/self"), "needs Linux's /proc");
        Image("a.png");
        string manifest = _folder.WriteText("manifest.csv", "path,label,patient,split\na.png,1,p1,valid\n");
        string output = "/proc/radaudit-predictions/predictions.csv";

        // When predict is asked to write there (with no model at all: nothing may be loaded or scored before the check)
        var (code, _, error) = Run("predict", "--model", _folder.Combine("no-model"), "--data", manifest, "--out", output);

        // Then one line names the file and the fix
        Assert.Equal(1, code);
        Assert.StartsWith($"radaudit: --out: {output}: cannot be written here (", error);
        Assert.Contains("Choose a place you can write to, or fix the folder's permissions or free space, then rerun.", error);
    }

    [Fact]
    public void Should_print_a_body_part_with_an_escape_sequence_as_text()
    {
        // Given a manifest whose body part clears the screen and whose second path carries a colour sequence
        Image("a.png");
        string manifest = _folder.WriteText("manifest.csv", "path,label,patient,body_part,split\n" +
            "a.png,1,p1,XR_\u001b[2JWRIST,train\nb\u001b[31m.png,0,p2,XR_HAND,valid\n");

        // When data check prints its report
        var (code, output, _) = Run("data", "check", "--data", manifest);

        // Then the sequences are shown escaped and no ESC reaches the terminal
        Assert.Equal(1, code);
        Assert.Contains("XR_\\x1B[2JWRIST", output);
        Assert.Contains("missing-file b\\x1B[31m.png: missing file. Restore it, or skip it with --skip-bad.", output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Should_not_offer_skip_bad_for_a_missing_image_list_it_cannot_skip()
    {
        // Given MURA data whose valid image list is missing
        var data = SyntheticDataSets.CreateMura(_folder);
        string list = Path.Combine(data.Root, "MURA-v1.1", "valid_image_paths.csv");
        File.Delete(list);

        // When data check runs, without and with --skip-bad
        var (code, output, _) = Run("data", "check", "--data", data.Root);
        var (skipCode, skipOutput, _) = Run("data", "check", "--data", data.Root, "--skip-bad");

        // Then the missing list is an error naming the file and the fix, --skip-bad is not offered for it and does not pass it
        Assert.Equal((1, 1), (code, skipCode));
        Assert.Contains("Fix them: they concern no single image, so --skip-bad cannot leave them out.", skipOutput);
        Assert.Contains($"error missing-index-file {list}: missing: MURA v1.1 lists the valid images in this file, so the valid split is empty. " +
            "Restore it from the MURA download.", output);
        Assert.Contains("1 error(s), 0 warning(s). Fix them: they concern no single image, so --skip-bad cannot leave them out.", output);
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            string probe = Path.Combine(folder, "probe");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
