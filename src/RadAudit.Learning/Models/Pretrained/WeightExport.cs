using RadAudit.Learning.Training;
using TorchSharp.PyBridge;

namespace RadAudit.Learning.Models.Pretrained;

/// <summary>Writes a run's best weights as a .safetensors state dict (PyTorch names), the form <c>--pretrained</c>
/// and PyTorch's <c>safetensors.torch.load_file</c> read.</summary>
public static class WeightExport
{
    /// <summary>Saves the best checkpoint of <paramref name="runFolder"/> to <paramref name="path"/>, atomically.</summary>
    public static void SaveBest(string runFolder, string architecture, string path)
    {
        using AbnormalityClassifier model = ModelRegistry.Create(architecture);
        CheckpointFile.Load(new RunFolder(runFolder).BestCheckpoint, model);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        string temporary = path + $".tmp-{Environment.ProcessId}";
        try
        {
            model.save_safetensors(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
