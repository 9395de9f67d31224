using System.Runtime.CompilerServices;
using Dapper;

namespace Transcribe.Web;

static class DapperConventions
{
    /// <summary>
    /// snake_case columns map onto PascalCase properties. Set when this assembly loads, not in Program:
    /// code that runs without Program (the verbs' tests, the benchmarks) would otherwise get, and Dapper
    /// would cache for good, mappers that leave such columns unset.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply() => DefaultTypeMap.MatchNamesWithUnderscores = true;
}
