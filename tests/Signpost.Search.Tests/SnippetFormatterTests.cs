using System.Net;

namespace Signpost.Search.Tests;

/// <summary>The one-pass highlighter must give exactly what encoding everything and then replacing the markers gives.</summary>
public class SnippetFormatterTests
{
    private const char Start = SearchReader.MarkStart;
    private const char End = SearchReader.MarkEnd;

    [Theory]
    [InlineData("plain words only")]
    [InlineData("\u0001youth\u0002 club")]
    [InlineData("<script>alert('x')</script> & \"quotes\" \u0001<b>\u0002")]
    [InlineData("Café, crèche, £5 and ½ price \u0001naïve\u0002")]
    [InlineData("Family 👪 hub \u0001👪\u0002 and a lone \ud83d half")]
    [InlineData("\u0001\u0002\u0001\u0002")]
    [InlineData("")]
    public void Marks_and_escapes_as_encoding_then_replacing_does(string marked)
    {
        Assert.Equal(Reference(marked), SnippetFormatter.Highlight(marked));
    }

    [Fact]
    public void Random_snippets_come_out_as_encoding_then_replacing_gives()
    {
        var random = new Random(22112026);
        var alphabet = "ab <>&\"'é£½\u00a0\u00ff\u0100Ω👪" + Start + End;
        for (var n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var marked = new string(chars);
            Assert.Equal(Reference(marked), SnippetFormatter.Highlight(marked));
        }
    }

    private static string Reference(string marked) =>
        WebUtility.HtmlEncode(marked).Replace(Start.ToString(), "<mark>", StringComparison.Ordinal).Replace(End.ToString(), "</mark>", StringComparison.Ordinal);
}
