using RadAudit.Learning.Models;
using TorchSharp;

namespace RadAudit.Learning.Runtime;

/// <summary>Says when <c>--precision bf16</c> will be slower than float32 because the CPU has no bfloat16 units.</summary>
/// <remarks>oneDNN runs bfloat16 convolutions natively only with AVX-512 BF16 or AMX; elsewhere it converts to
/// float32 and back around every kernel, which costs speed and saves nothing but activation memory. CUDA GPUs from
/// Ampere on (and the H100 the issue measured) have bfloat16 tensor cores.</remarks>
public static class BFloat16Hardware
{
    /// <summary>A one-line warning for bf16 training on a CPU without bfloat16 units; null otherwise.</summary>
    public static string? Warning(string precision, string device)
    {
        if (ComputePrecisionNames.Parse(precision) != ComputePrecision.BFloat16) return null;
        if (ComputeDevice.Resolve(device).type != DeviceType.CPU || CpuHasBFloat16Units()) return null;
        return "bf16 precision on a CPU without bfloat16 units (no avx512_bf16 or amx_bf16 in /proc/cpuinfo): " +
               "convolutions are emulated and slower than fp32. Use fp32 here, or bf16 on a GPU.";
    }

    /// <summary>Whether /proc/cpuinfo lists AVX-512 BF16 or AMX-BF16 (false where it cannot be read).</summary>
    public static bool CpuHasBFloat16Units()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo")
                .Where(line => line.StartsWith("flags", StringComparison.Ordinal))
                .Any(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var flags
                    && (flags.Contains("avx512_bf16") || flags.Contains("amx_bf16")));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
