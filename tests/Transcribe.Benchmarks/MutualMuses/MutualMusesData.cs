using System.Text.Json;

namespace Transcribe.Benchmarks.MutualMuses;

public sealed record MutualMusesWitness(int Witness, string Text, bool WasSelected);

/// <summary>One letter page: its independent transcriptions and the silver reference derived from the selected one.</summary>
public sealed record MutualMusesPage(string Page, IReadOnlyList<MutualMusesWitness> Transcriptions, string? Reference)
{
    /// <summary>
    /// The witnesses we may use: the reference was made from the selected witness, so scoring a
    /// consensus that includes it would measure how well we find that witness, not the text.
    /// </summary>
    public IReadOnlyList<MutualMusesWitness> Unselected => Transcriptions.Where(t => !t.WasSelected).ToList();
}

public static class MutualMusesData
{
    public static IEnumerable<MutualMusesPage> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var transcriptions = root.GetProperty("transcriptions").EnumerateArray().Select(t => new MutualMusesWitness(
                t.GetProperty("witness").GetInt32(),
                t.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "",
                t.TryGetProperty("was_selected", out var selected) && selected.ValueKind == JsonValueKind.True)).ToList();
            var reference = root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            yield return new MutualMusesPage(root.GetProperty("page").ToString(), transcriptions, reference);
        }
    }
}
