using RadAudit.Core;
using TorchSharp;

namespace RadAudit.Learning.Runtime;

/// <summary>Resolves the user's <c>--device auto|cpu|cuda</c> choice to a TorchSharp device.</summary>
public static class ComputeDevice
{
    /// <summary>The accepted spellings of --device.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["auto", "cpu", "cuda"];

    /// <summary>
    /// auto: CUDA when libtorch sees a GPU, else CPU. cuda: fails with a clear message when no GPU is usable
    /// (the default build carries the CPU libtorch; see docs/gpu.md for the CUDA routes).
    /// </summary>
    public static torch.Device Resolve(string choice)
    {
        switch (choice.Trim().ToLowerInvariant())
        {
            case "cpu":
                return torch.CPU;
            case "auto":
                return torch.cuda.is_available() ? torch.CUDA : torch.CPU;
            case "cuda":
                if (!torch.cuda.is_available())
                    throw new RadAuditException(
                        "device cuda: no CUDA device is usable by the loaded libtorch. Build with -p:TorchBackend=cuda or " +
                        "point RADAUDIT_LIBTORCH at a CUDA PyTorch's torch/lib folder (docs/gpu.md), or use the cpu device.", setting: Settings.Device);
                return torch.CUDA;
            default:
                throw new RadAuditException($"device '{choice}' is unknown; expected one of auto, cpu, cuda.", exitCode: 2, setting: Settings.Device);
        }
    }
}
