namespace RadAudit.Learning.Runtime.Compute;

/// <summary>One symbol: its value (for a shared library, the address relative to where it is loaded) and size.</summary>
public readonly record struct ElfSymbol(ulong Value, ulong Size);
