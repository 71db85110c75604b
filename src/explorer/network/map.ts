import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";
import type { Participant } from "./api";
import { countryCode, countryColour, kindColour } from "./colours";
import { h, svg } from "./dom";
import type { GraphEdge } from "./graph";
import { displayName, t } from "./i18n";

const WIDTH = 800;
const HEIGHT = 480;

/** Natural Earth's countries (world-atlas, bundled at build time): the basemap, with no tile server. */
const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries) as unknown as FeatureCollection;

interface Point {
  lat: number;
  lon: number;
  source: string;
}

/**
 * A place's point from the gazetteer; a group of localities sits at the mean of its reference
 * members' points, and says so.
 */
function pointOf(node: Participant): Point | undefined {
  const known = __PLACE_COORDINATES__[node.id];
  if (known || !node.members?.length) return known;
  const members = node.members.flatMap((member) => {
    const point = __PLACE_COORDINATES__[member.locality.id];
    return point ? [point] : [];
  });
  if (members.length === 0) return undefined;
  const mean = (values: number[]) =>
    Math.round((10_000 * values.reduce((a, b) => a + b, 0)) / values.length) / 10_000;
  return {
    lat: mean(members.map((point) => point.lat)),
    lon: mean(members.map((point) => point.lon)),
    source: `the mean of ${members.length} reference members' points`,
  };
}

/**
 * The network on a map: each place at the point the gazetteer gives it (seeds/gazetteer/coordinates.yaml,
 * bundled at build time), a line for each tie between two placed ends, the view fitted to the points.
 * Places without a point (organisations, a place not yet located) are named under the map.
 */
export function renderMap(nodes: Participant[], edges: GraphEdge[], root: string | null): HTMLElement {
  const points = new Map(
    nodes.flatMap((node) => {
      const point = pointOf(node);
      return point ? [[node.id, point] as const] : [];
    }),
  );
  const placed = nodes.filter((node) => points.has(node.id));
  const unplaced = nodes.filter((node) => !points.has(node.id));
  const lonLat = (id: string): [number, number] => {
    const point = points.get(id) as Point;
    return [point.lon, point.lat];
  };
  const caption = h("figcaption", {}, t("mapCaption", { placed: placed.length, total: nodes.length }));
  const figure = h("figure", { class: "map" }, caption);
  if (placed.length > 0) {
    const projection = geoMercator().fitExtent(
      [
        [40, 30],
        [WIDTH - 40, HEIGHT - 30],
      ],
      { type: "MultiPoint", coordinates: placed.map((node) => lonLat(node.id)) },
    );
    // A single place (or places close together) would be zoomed to a street: keep a region in view.
    if (projection.scale() > 3000) {
      const coordinates = placed.map((node) => lonLat(node.id));
      const mean = (index: 0 | 1) =>
        coordinates.reduce((sum, point) => sum + point[index], 0) / coordinates.length;
      projection
        .scale(3000)
        .center([mean(0), mean(1)])
        .translate([WIDTH / 2, HEIGHT / 2]);
    }
    const path = geoPath(projection);
    const basemap = land.features.map((country) => svg("path", { class: "land", d: path(country) ?? "" }));
    const ties = edges
      .filter((edge) => points.has(edge.source) && points.has(edge.target))
      .map((edge) =>
        svg(
          "path",
          {
            class: "tie",
            "data-edge": edge.id,
            stroke: kindColour(edge.kind),
            d: path({ type: "LineString", coordinates: [lonLat(edge.source), lonLat(edge.target)] }) ?? "",
          },
          svg("title", {}, edge.id),
        ),
      );
    const marks = placed.map((node) => {
      const [x, y] = projection(lonLat(node.id)) ?? [0, 0];
      const point = points.get(node.id);
      return svg(
        "g",
        {
          class: `place${node.id === root ? " root" : ""}`,
          "data-id": node.id,
          transform: `translate(${x},${y})`,
        },
        svg("circle", { r: node.id === root ? 7 : 5, fill: countryColour(countryCode(node)) }),
        svg("text", { x: 8, y: 4 }, displayName(node)),
        svg("title", {}, `${displayName(node)} · ${point?.lat}, ${point?.lon} · ${point?.source}`),
      );
    });
    figure.append(
      svg(
        "svg",
        { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map-canvas", role: "img" },
        svg("g", { class: "basemap" }, ...basemap),
        svg("g", { class: "ties" }, ...ties),
        svg("g", { class: "places" }, ...marks),
      ),
    );
  }
  if (unplaced.length > 0) {
    figure.append(
      h(
        "p",
        { class: "hint unplaced", "data-ids": unplaced.map((node) => node.id).join(" ") },
        t("notOnMap", { names: unplaced.map((node) => displayName(node)).join(", ") }),
      ),
    );
  }
  return figure;
}
