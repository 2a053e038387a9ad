using System.Runtime.InteropServices;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Switches of libtorch's global <c>at::Context</c> that TorchSharp does not expose, called through the
/// symbols <c>libtorch_cpu.so</c> exports (C++ member functions take the object as their first argument).</summary>
internal static class LibTorchContext
{
    private const string GlobalContextSymbol = "_ZN2at13globalContextEv";              // at::globalContext()
    private const string SetNnpackSymbol = "_ZN2at7Context20setUserEnabledNNPACKEb";    // at::Context::setUserEnabledNNPACK(bool)

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate nint GlobalContext();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetFlag(nint context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    /// <summary>Turns NNPACK off (as <c>torch.backends.nnpack.set_flags(False)</c>); false when the symbols are missing.</summary>
    /// <remarks>NNPACK sizes its kernels from the caches too (through cpuinfo); where CPUID hides them it refuses to
    /// initialise and libtorch logs "Could not initialize NNPACK! Reason: Unsupported hardware." at every inference
    /// convolution it would have taken. Off, those convolutions take the kernels they fall back to anyway.</remarks>
    public static bool DisableNnpack(LoadedLibrary library)
    {
        if (!NativeLibrary.TryLoad(library.Path, out nint handle)) return false;
        if (!NativeLibrary.TryGetExport(handle, GlobalContextSymbol, out nint globalContext) ||
            !NativeLibrary.TryGetExport(handle, SetNnpackSymbol, out nint setNnpack)) return false;
        nint context = Marshal.GetDelegateForFunctionPointer<GlobalContext>(globalContext)();
        Marshal.GetDelegateForFunctionPointer<SetFlag>(setNnpack)(context, false);
        return true;
    }
}
