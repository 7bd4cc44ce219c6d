using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Plans;
using Twitchwise.Storage;
using Twitchwise.Web.Api;

namespace Twitchwise.Web.Plans;

/// <summary>The body of <c>POST /api/v1/plans</c> (documentation only: the body is read and checked field by field).</summary>
/// <param name="Template">A template id from <c>GET /api/v1/plans/templates</c>.</param>
/// <param name="Start">The first day, YYYY-MM-DD; default today.</param>
/// <param name="Days">The training days (mon ... sun); default the template's.</param>
/// <param name="Time">The time of day sessions go in the calendar, HH:mm; default 18:00.</param>
public sealed record PlanRequest(string Template, string? Start, IReadOnlyList<string>? Days, string? Time);

/// <summary>The body of <c>POST /api/v1/plans/current/criteria/{id}</c>: the day the test was passed, default today.</summary>
public sealed record CriterionRequest(string? Day);

public sealed record CalendarLinkDto(string Url, string Note);

/// <summary>
/// Plans over HTTP, as the CLI's <c>twitchwise plan</c> does them, on the same journal database: templates, the current
/// plan (made from the stored choices and the journal on every request), the next session, criteria met, and the plan as
/// iCalendar, either downloaded or through a private subscription address whose token can be replaced.
/// </summary>
public static class PlanApi
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddSingleton(PlanLibrary.Default);
        services.AddSingleton<PlanEngine>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapGet("/templates", (PlanLibrary library) => TypedResults.Json(library.Templates.Select(t => t.ToDto()).ToList(), AssessmentJson.Options))
            .WithName("ListPlanTemplates").WithSummary("The plan templates, their weeks and sources").Produces<List<PlanTemplateDto>>();
        plans.MapPost("/", Create).WithName("CreatePlan").WithSummary("Start a plan from a template; it replaces the current one")
            .Accepts<PlanRequest>("application/json").Produces<PlanDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapGet("/current", Current).WithName("GetPlan").WithSummary("The current plan: past sessions as they went, the ones ahead as planned now")
            .Produces<PlanDto>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/current/next", Next).WithName("GetNextSession").WithSummary("The next session with its routine, or why there is none");
        plans.MapPost("/current/criteria/{id}", Met).WithName("LogCriterionMet").WithSummary("Log that a test a stage needs was passed (e.g. hop_pain_free)")
            .Accepts<CriterionRequest>("application/json").Produces<PlanDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/current/calendar.ics", Download).WithName("DownloadPlanCalendar").WithSummary("The plan as an iCalendar file (RFC 5545)");
        plans.MapPost("/current/calendar-link", NewLink).WithName("CreatePlanCalendarLink")
            .WithSummary("A new private subscription address for the plan; the old one stops working").Produces<CalendarLinkDto>(StatusCodes.Status201Created);
        return api;
    }

    /// <summary>The subscription address itself, outside the API: calendar apps fetch it with nothing but the secret in it.</summary>
    public static IEndpointRouteBuilder MapPlanCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", Feed).ExcludeFromDescription();
        return app;
    }


    public static TrainingPlan Make(StoredPlan stored, JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock)
    {
        var template = library.Template(stored.Template)
            ?? throw new InvalidDataException($"the stored plan uses the template '{stored.Template}', which this version no longer has; start a new plan");
        return engine.Make(template, stored.Start, stored.DayList, clock.Today(), db.Load(codec), stored.CriteriaMet);
    }

    public static string CalendarUrl(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/calendar/{token}.ics";

    private static async Task<Results<JsonHttpResult<PlanDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock, CancellationToken cancel)
    {
        var (body, refused) = await RequestBody.ReadJsonAsync(request, cancel);
        if (refused is not null)
        {
            return refused;
        }

        var (choice, problems) = ReadRequest(body!, library, clock);
        if (choice is null)
        {
            return ApiProblems.Invalid(problems, "The plan request is not valid", "No plan was made. Fix every problem listed in errors and send it again.");
        }

        var journal = db.Load(codec);
        if (PlanEngine.PauseReason(journal) is { } pause)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: PlanEngine.SeeADoctorFirst, detail: pause + " No plan was made.");
        }

        var stored = StoredPlan.Create(choice.Value.Template, choice.Value.Start, choice.Value.Days, choice.Value.Time, clock.LocalTimeZone.Id, clock.GetUtcNow());
        db.Plans.Add(stored);
        await db.SaveChangesAsync(cancel);
        var plan = engine.Make(choice.Value.Template, stored.Start, stored.DayList, clock.Today(), journal, stored.CriteriaMet);
        request.HttpContext.Response.Headers.Location = "/api/v1/plans/current";
        return TypedResults.Json(plan.ToDto(), AssessmentJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static Results<JsonHttpResult<PlanDto>, ProblemHttpResult> Current(JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock) =>
        db.CurrentPlan() is { } stored ? TypedResults.Json(Make(stored, db, codec, engine, library, clock).ToDto(), AssessmentJson.Options) : NoPlan();

    private static Results<JsonHttpResult<object>, ProblemHttpResult> Next(JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock)
    {
        if (db.CurrentPlan() is not { } stored)
        {
            return NoPlan();
        }

        var plan = Make(stored, db, codec, engine, library, clock);
        return TypedResults.Json<object>(new
        {
            paused = plan.Paused,
            next = plan.Next?.ToDto(),
            waiting_for = plan.WaitingFor.Select(c => c.ToDto()),
            finished = plan.Finished,
        }, AssessmentJson.Options);
    }

    private static async Task<Results<JsonHttpResult<PlanDto>, ValidationProblem, ProblemHttpResult>> Met(
        string id, HttpRequest request, JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock, CancellationToken cancel)
    {
        if (db.CurrentPlan() is not { } stored)
        {
            return NoPlan();
        }

        var day = clock.Today();
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (body, refused) = await RequestBody.ReadJsonAsync(request, cancel);
            if (refused is not null)
            {
                return refused;
            }

            var (read, problem) = ReadDay(body!);
            if (problem is not null)
            {
                return ApiProblems.Invalid([problem], "The day is not valid", "Nothing was logged.");
            }

            day = read ?? day;
        }

        var known = library.Template(stored.Template)?.Steps.SelectMany(s => s.Criteria).Distinct().ToList() ?? [];
        if (!known.Contains(id))
        {
            return ApiProblems.Invalid([new("id", known.Count == 0 ? "the current plan has no stages to unlock" : $"'{id}' is not a test of the current plan; it has: {string.Join(", ", known)}")],
                "Unknown criterion", "Nothing was logged.");
        }

        stored.SetCriterionMet(id, day);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Json(Make(stored, db, codec, engine, library, clock).ToDto(), AssessmentJson.Options);
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Download(
        JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock, KnowledgeBase kb) =>
        db.CurrentPlan() is { } stored ? Calendar(stored, db, codec, engine, library, clock, kb) : NoPlan();

    private static async Task<Results<JsonHttpResult<CalendarLinkDto>, ProblemHttpResult>> NewLink(HttpRequest request, JournalContext db, CancellationToken cancel)
    {
        if (db.CurrentPlan() is not { } stored)
        {
            return NoPlan();
        }

        stored.CalendarToken = StoredPlan.NewToken();
        await db.SaveChangesAsync(cancel);
        return TypedResults.Json(new CalendarLinkDto(CalendarUrl(request, stored.CalendarToken),
            "Keep this address private: anyone with it can read your plan. Making a new one stops this one working."), AssessmentJson.Options,
            statusCode: StatusCodes.Status201Created);
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Feed(
        string token, HttpContext http, JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock, KnowledgeBase kb)
    {
        // The same answer for a token that never existed and one that was replaced: nothing to learn by guessing.
        if (db.PlanByToken(token) is not { } stored)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such calendar",
                detail: "This calendar address is not known; it may have been replaced by a new one.");
        }

        http.Response.Headers.CacheControl = "private, no-cache";
        return Calendar(stored, db, codec, engine, library, clock, kb);
    }

    private static ContentHttpResult Calendar(StoredPlan stored, JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock, KnowledgeBase kb) =>
        TypedResults.Content(PlanCalendar.Write(Make(stored, db, codec, engine, library, clock), stored.Key, stored.Time, stored.TimeZone, clock.GetUtcNow(), kb),
            "text/calendar; charset=utf-8");

    private static ProblemHttpResult NoPlan() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No plan yet",
        detail: "There is no plan yet: POST /api/v1/plans with a template from GET /api/v1/plans/templates.");

    /// <summary>Every field checked, every problem named by its field, so one answer lists all that is wrong.</summary>
    private static ((PlanTemplate Template, DateOnly Start, List<DayOfWeek> Days, TimeOnly Time)? Choice, List<InputProblem> Problems) ReadRequest(
        byte[] body, PlanLibrary library, TimeProvider clock)
    {
        var problems = new List<InputProblem>();
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(body);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, [new("body", $"not valid JSON: {e.Message}")]);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, [new("body", "must be a JSON object such as {\"template\": \"walking_start\"}")]);
        }

        foreach (var p in root.EnumerateObject().Where(p => p.Name is not ("template" or "start" or "days" or "time")))
        {
            problems.Add(new(p.Name, "unknown field; the fields are template, start, days and time"));
        }

        PlanTemplate? template = null;
        if (!root.TryGetProperty("template", out var t) || t.ValueKind != JsonValueKind.String)
        {
            problems.Add(new("template", "required: a template id as a string"));
        }
        else if ((template = library.Template(t.GetString()!)) is null)
        {
            problems.Add(new("template", $"there is no template '{t.GetString()}'; choose one of: {string.Join(", ", library.Templates.Select(x => x.Id))}"));
        }

        var start = clock.Today();
        if (root.TryGetProperty("start", out var s))
        {
            if (s.ValueKind != JsonValueKind.String || JournalCodec.ParseDate(s.GetString()!) is not { } day)
            {
                problems.Add(new("start", "must be a day as YYYY-MM-DD"));
            }
            else
            {
                start = day;
            }
        }

        var days = template?.DefaultDays.ToList() ?? [];
        if (root.TryGetProperty("days", out var d))
        {
            days = [];
            if (d.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new("days", "must be a list of days such as [\"mon\", \"wed\", \"sat\"]"));
            }
            else
            {
                foreach (var item in d.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && PlanLoader.ParseDay(item.GetString()!) is { } day)
                    {
                        days.Add(day);
                    }
                    else
                    {
                        problems.Add(new("days", $"{item.GetRawText()} is not a day; use mon, tue, wed, thu, fri, sat or sun"));
                    }
                }
            }
        }

        var time = new TimeOnly(18, 0);
        if (root.TryGetProperty("time", out var tm) &&
            (tm.ValueKind != JsonValueKind.String || !TimeOnly.TryParseExact(tm.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time)))
        {
            problems.Add(new("time", "must be a time of day as HH:mm, such as \"07:30\""));
        }

        if (template is not null && !problems.Any(p => p.Field == "days") && PlanEngine.CheckDays(days, template.SessionsPerWeek, template.NoConsecutiveDays) is { } daysProblem)
        {
            problems.Add(new("days", daysProblem));
        }

        return problems.Count > 0 || template is null ? (null, problems) : ((template, start, days, time), problems);
    }

    private static (DateOnly? Day, InputProblem? Problem) ReadDay(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, new("body", "must be a JSON object such as {\"day\": \"2026-03-13\"}"));
            }

            if (!doc.RootElement.TryGetProperty("day", out var d))
            {
                return (null, null);
            }

            return d.ValueKind == JsonValueKind.String && JournalCodec.ParseDate(d.GetString()!) is { } day ? (day, null) : (null, new("day", "must be a day as YYYY-MM-DD"));
        }
        catch (JsonException e)
        {
            return (null, new("body", $"not valid JSON: {e.Message}"));
        }
    }
}
