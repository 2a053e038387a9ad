namespace RadAudit.Learning.Runtime.Compute;

/// <summary>The four registers one CPUID query returns.</summary>
public readonly record struct CpuidRegisters(uint Eax, uint Ebx, uint Ecx, uint Edx);
