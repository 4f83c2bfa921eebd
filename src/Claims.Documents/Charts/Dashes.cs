namespace Claims.Documents.Charts;

/// <summary>A polyline cut into the drawn pieces of its dash pattern (the PDF canvas draws plain segments only).</summary>
internal static class Dashes
{
    public static IEnumerable<(double X1, double Y1, double X2, double Y2)> Split(IReadOnlyList<(double X, double Y)> points, double[] pattern)
    {
        if (pattern.Length == 0)
        {
            for (var i = 1; i < points.Count; i++)
                yield return (points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y);
            yield break;
        }

        // The pattern carries on across corners, as SVG's stroke-dasharray does.
        var index = 0;
        var left = pattern[0];
        for (var i = 1; i < points.Count; i++)
        {
            var (ax, ay) = points[i - 1];
            var (bx, by) = points[i];
            var length = Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
            double at = 0;
            while (at < length)
            {
                var step = Math.Min(left, length - at);
                if (index % 2 == 0)
                {
                    var (t1, t2) = (at / length, (at + step) / length);
                    yield return (ax + (bx - ax) * t1, ay + (by - ay) * t1, ax + (bx - ax) * t2, ay + (by - ay) * t2);
                }

                at += step;
                left -= step;
                if (left <= 1e-9)
                {
                    index = (index + 1) % pattern.Length;
                    left = pattern[index];
                }
            }
        }
    }
}
