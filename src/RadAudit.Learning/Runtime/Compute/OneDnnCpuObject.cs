using System.Runtime.InteropServices;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>
/// The <c>Xbyak::util::Cpu</c> object oneDNN 3.7 keeps as a function-local static (<c>dnnl::impl::cpu::x64::cpu()::cpu_</c>)
/// inside <c>libtorch_cpu.so</c>: where it is, and its cache fields.
/// </summary>
/// <remarks>Offsets are those of the Xbyak bundled with oneDNN 3.7 (a 144-byte object: a 128-bit feature set, then
/// <c>x2APIC_supported_</c> at 0x10, <c>numCores_[2]</c> at 0x14, <c>dataCacheSize_[10]</c> at 0x1C,
/// <c>coresSharignDataCache_[10]</c> at 0x44, <c>dataCacheLevels_</c> at 0x6C), read off the machine code of
/// <c>platform::get_per_core_cache_size</c> in libtorch 2.10. Before anything is written, the object must hold
/// exactly what <see cref="XbyakCacheView.Predict"/> computes from this CPU's CPUID, which a different layout would
/// not; so another libtorch is refused rather than corrupted.</remarks>
internal sealed class OneDnnCpuObject
{
    /// <summary>The object's mangled symbol.</summary>
    public const string ObjectSymbol = "_ZZN4dnnl4impl3cpu3x643cpuEvE4cpu_";

    /// <summary>Its initialisation guard (first byte non-zero once constructed, Itanium C++ ABI).</summary>
    public const string GuardSymbol = "_ZGVZN4dnnl4impl3cpu3x643cpuEvE4cpu_";

    /// <summary><c>dnnl::impl::cpu::x64::cpu()</c>, which constructs the object on first call and returns it.</summary>
    public const string AccessorSymbol = "_ZN4dnnl4impl3cpu3x643cpuEv";

    /// <summary>The object size this layout is known for.</summary>
    public const ulong KnownSize = 0x90;

    /// <summary>Field offsets of the oneDNN 3.7 layout.</summary>
    internal const int X2ApicOffset = 0x10, CoresOffset = 0x14, SizesOffset = 0x1C, SharingOffset = 0x44, LevelsOffset = 0x6C;

    private readonly nint _address;

    /// <summary>The object at <paramref name="address"/> (tests: a copy in unmanaged memory).</summary>
    internal OneDnnCpuObject(nint address) => _address = address;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate nint Accessor();

    /// <summary>The constructed object in <paramref name="library"/>, or a reason why it cannot be used.</summary>
    public static (OneDnnCpuObject? Object, string? Problem) Locate(LoadedLibrary library)
    {
        IReadOnlyDictionary<string, ElfSymbol> symbols = ElfSymbolTable.Find(library.Path, [ObjectSymbol, GuardSymbol, AccessorSymbol]);
        if (!symbols.TryGetValue(ObjectSymbol, out ElfSymbol cpu) || !symbols.TryGetValue(GuardSymbol, out ElfSymbol guard))
            return (null, $"{library.Path} has no symbol table entry for oneDNN's CPU object (a stripped or different libtorch)");
        if (cpu.Size != KnownSize)
            return (null, $"oneDNN's CPU object in {library.Path} is {cpu.Size} bytes, not the {KnownSize} of the oneDNN 3.7 layout this repair knows");
        nint address = library.BaseAddress + (nint)cpu.Value;
        if (Marshal.ReadByte(library.BaseAddress + (nint)guard.Value) == 0)
        {
            if (!symbols.TryGetValue(AccessorSymbol, out ElfSymbol accessor))
                return (null, $"oneDNN's CPU object in {library.Path} is not constructed yet and its accessor has no symbol");
            nint constructed = Marshal.GetDelegateForFunctionPointer<Accessor>(library.BaseAddress + (nint)accessor.Value)();
            if (constructed != address)
                return (null, $"oneDNN's CPU accessor in {library.Path} returned another address than its symbol's");
        }
        return (new OneDnnCpuObject(address), null);
    }

    /// <summary>Whether the object holds exactly what <paramref name="expected"/> predicts (this layout, this CPU).</summary>
    public bool Holds(XbyakCacheView expected)
    {
        if ((Marshal.ReadByte(_address + X2ApicOffset) != 0) != expected.X2ApicSupported) return false;
        if (Read(CoresOffset, 0) != expected.SmtWidth || Read(CoresOffset, 1) != expected.LogicalCores) return false;
        if (Read(LevelsOffset, 0) != (uint)expected.Levels) return false;
        for (int level = 0; level < expected.Levels; level++)
            if (Read(SizesOffset, level) != expected.Sizes[level] || Read(SharingOffset, level) != expected.CoresSharing[level]) return false;
        return true;
    }

    /// <summary>Whether the object already holds <paramref name="sizes"/> (a repair earlier in this process).</summary>
    public bool HoldsRepair(PerCoreCacheSizes sizes) =>
        Read(LevelsOffset, 0) == 3 && Read(SizesOffset, 0) == sizes.Level1 && Read(SizesOffset, 1) == sizes.Level2 &&
        Read(SizesOffset, 2) == sizes.Level3 && Enumerable.Range(0, 3).All(level => Read(SharingOffset, level) == 1);

    /// <summary>Writes three per-core levels (each shared by one core, so oneDNN's per-core size is the size itself).</summary>
    public void Write(PerCoreCacheSizes sizes)
    {
        uint[] levels = [sizes.Level1, sizes.Level2, sizes.Level3];
        for (int level = 0; level < levels.Length; level++)
        {
            Marshal.WriteInt32(_address + SizesOffset + 4 * level, unchecked((int)levels[level]));
            Marshal.WriteInt32(_address + SharingOffset + 4 * level, 1);
        }
        Marshal.WriteInt32(_address + LevelsOffset, levels.Length);
        Thread.MemoryBarrier();
    }

    private uint Read(int offset, int index) => unchecked((uint)Marshal.ReadInt32(_address + offset + 4 * index));
}
