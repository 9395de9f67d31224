using System.Text.Encodings.Web;
using System.Text.Json;

namespace Transcribe.DemoLedger;

/// <summary>
/// The JSON written beside each rendered page (page-001.json beside page-001.jpg): the page's place,
/// its image and size, and every row keyed by <see cref="LedgerRow.FieldKeys"/>, top to bottom.
/// </summary>
public static class LedgerGroundTruth
{
    // Readable in an editor: degrees signs, ampersands and apostrophes stay as written. Never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Names the drawing code that made the image. Bump it when pages should look different: a ledger
    /// rendered by an older generator no longer matches and is rendered again on the next start.
    /// </summary>
    public const string Generator = "Transcribe.DemoLedger/1";

    public static string ToJson(LedgerPage page, string imageFileName, int width, int height)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", page.Sequence);
            json.WriteString("label", page.Label);
            json.WriteString("image", imageFileName);
            json.WriteNumber("width", width);
            json.WriteNumber("height", height);
            json.WriteString("generator", Generator);
            json.WriteStartArray("rows");
            foreach (var row in page.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < LedgerRow.FieldKeys.Count; i++)
                {
                    json.WriteString(LedgerRow.FieldKeys[i], row.Values[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a ground-truth file back into the page it describes.</summary>
    public static LedgerPage Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        try
        {
            var rows = root.GetProperty("rows").EnumerateArray()
                .Select(row => LedgerRow.FromDictionary(row.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")))
                .ToArray();
            return new LedgerPage(root.GetProperty("sequence").GetInt32(), root.GetProperty("label").GetString() ?? "", rows);
        }
        catch (KeyNotFoundException e)
        {
            throw new FormatException($"{path} is not a ledger ground-truth file: {e.Message}", e);
        }
    }
}
