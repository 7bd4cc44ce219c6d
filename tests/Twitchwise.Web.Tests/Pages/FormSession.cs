using System.Net;
using System.Text.RegularExpressions;

namespace Twitchwise.Web.Tests.Pages;

/// <summary>A browser without JavaScript, over HTTP: keeps cookies, and posts forms with the antiforgery token of the page it got.</summary>
public sealed partial class FormSession(HttpClient client)
{
    private string token = "";

    /// <summary>The address of the last page got.</summary>
    public string LastUrl { get; private set; } = "";

    public async Task<string> Get(string path)
    {
        LastUrl = path;
        var html = await client.GetStringAsync(path);
        Remember(html);
        return html;
    }

    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> Post(string path, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        var response = await client.PostAsync(path, content);
        var html = await response.Content.ReadAsStringAsync();
        Remember(html);
        return (response.StatusCode, html, response);
    }

    /// <summary>Posts files as a browser's file input does (multipart), with the page's antiforgery token.</summary>
    public async Task<(HttpStatusCode Status, string Html)> Upload(string path, string field, params (string Name, byte[] Content)[] files)
    {
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, name);
        }

        var response = await client.PostAsync(path, content);
        var html = await response.Content.ReadAsStringAsync();
        Remember(html);
        return (response.StatusCode, html);
    }

    /// <summary>Follows a redirect as a browser does after a post (303: a GET of the new address).</summary>
    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> Follow(HttpResponseMessage redirect)
    {
        var response = await client.GetAsync(redirect.Headers.Location);
        var html = await response.Content.ReadAsStringAsync();
        Remember(html);
        return (response.StatusCode, html, response);
    }

    /// <summary>The question ids a page asks, top to bottom.</summary>
    public static List<string> QuestionNames(string html) =>
        [.. QuestionInput().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct()];

    /// <summary>Where the interview form posts (its own address, carrying the answers so far).</summary>
    public static string FormAction(string html) => WebUtility.HtmlDecode(Action().Match(html).Groups[1].Value);

    /// <summary>The href of the page's Back link.</summary>
    public static string BackHref(string html) => WebUtility.HtmlDecode(Back().Match(html).Groups[1].Value);

    /// <summary>The hidden inputs of the page, as a browser would re-post them.</summary>
    public static List<(string Name, string Value)> HiddenFields(string html) =>
        Hidden().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(f => f.Item1 != "__RequestVerificationToken").ToList();

    /// <summary>The answers chosen on the page (checked options, filled numbers), as a browser would post them unchanged.</summary>
    public static List<(string Name, string Value)> ChosenFields(string html) =>
        [.. Checked().Matches(html).Concat(Number().Matches(html))
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))];

    private void Remember(string html)
    {
        if (Token().Match(html) is { Success: true } m)
        {
            token = m.Groups[1].Value;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"(?:radio|checkbox)\" name=\"([^\"]+)\" value=\"([^\"]*)\" checked")]
    private static partial Regex Checked();

    [GeneratedRegex("<input type=\"number\"[^>]* name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex Number();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex("<fieldset class=\"question[^>]*>\\s*<legend[^>]*>[^<]*</legend>(?:(?!<input).)*<input [^>]*name=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex QuestionInput();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\" novalidate class=\"interview")]
    private static partial Regex Action();

    [GeneratedRegex("<p class=\"back no-print\"><a href=\"([^\"]*)\"")]
    private static partial Regex Back();
}
