namespace Transcribe.Core.Consensus;

/// <summary>
/// Stored consensus results carry this, so that after a change to the engine the pages decided by
/// an older version can be found and decided again. Bump it whenever any rule, normaliser or
/// default changes what the engine would decide.
/// </summary>
public static class EngineVersion
{
    public const string Current = "consensus-1.1";
}
