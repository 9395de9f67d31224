namespace Transcribe.Core.Iiif;

/// <summary>How binding the broken rule is: the spec's MUST, or its SHOULD, which viewers still cope without.</summary>
public enum ProblemLevel { Must, Should }

/// <summary>One way a manifest departs from Presentation 3.</summary>
/// <param name="Path">Where, as a JSON path from the manifest: <c>$.items[2].items[0].items[0].body</c>.</param>
public sealed record ManifestProblem(string Path, string Message, ProblemLevel Level = ProblemLevel.Must)
{
    public override string ToString() => Level == ProblemLevel.Must ? $"{Path}: {Message}" : $"{Path}: {Message} (should)";
}
