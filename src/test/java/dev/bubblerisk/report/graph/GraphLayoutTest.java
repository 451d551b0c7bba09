package dev.bubblerisk.report.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.report.SmallPortfolio;
import dev.bubblerisk.report.graph.GraphDrawing.Box;
import dev.bubblerisk.report.graph.GraphDrawing.PlacedLink;
import dev.bubblerisk.report.graph.GraphDrawing.PlacedNode;
import dev.bubblerisk.report.graph.GraphDrawing.Point;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    private final MoneyGraph graph = MoneyGraph.of(SmallPortfolio.portfolio(), List.of(SmallPortfolio.LOOP));
    private final GraphDrawing drawing = GraphLayout.layout(graph);

    @Test
    void noTwoCompanyBoxesOverlapAndAllLieInsideTheDrawing() {
        List<Box> boxes = drawing.nodes().stream().map(PlacedNode::box).toList();

        for (int i = 0; i < boxes.size(); i++) {
            assertThat(inside(boxes.get(i))).as("box %d inside", i).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("boxes %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void everyArrowRunsFromItsSendersBoxToItsReceiversBox() {
        Map<String, Box> boxes = drawing.nodes().stream()
                .collect(Collectors.toMap(placed -> placed.node().id(), PlacedNode::box));

        assertThat(drawing.links()).hasSize(graph.links().size()).allSatisfy(placed -> {
            List<Point> route = placed.route();
            assertThat(route).hasSizeGreaterThanOrEqualTo(2);
            assertThat(onBorder(route.get(0), boxes.get(placed.link().from()))).as("start of %s", placed.link()).isTrue();
            assertThat(onBorder(route.get(route.size() - 1), boxes.get(placed.link().to()))).as("end of %s", placed.link())
                    .isTrue();
        });
    }

    @Test
    void noLabelCoversACompanyBox() {
        for (PlacedLink link : drawing.links()) {
            for (PlacedNode node : drawing.nodes()) {
                assertThat(overlap(link.label(), node.box())).as("%s over %s", link.link().label(), node.node().id()).isFalse();
            }
        }
    }

    @Test
    void aBoxIsWideEnoughForItsCompanyName() {
        Map<String, Box> boxes = drawing.nodes().stream()
                .collect(Collectors.toMap(placed -> placed.node().id(), PlacedNode::box, (a, b) -> a));
        Function<String, Double> roughWidth = name -> name.length() * GraphLayout.NODE_FONT * 0.5;

        assertThat(boxes.get("labco").width()).isGreaterThan(roughWidth.apply("Lab & Co <AI>"));
        assertThat(boxes.get("labco").width()).isGreaterThan(boxes.get("chipco").width());
    }

    @Test
    void theSameGraphIsAlwaysDrawnTheSameWay() {
        assertThat(GraphLayout.layout(graph)).isEqualTo(drawing);
    }

    private boolean inside(Box box) {
        return box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= drawing.width()
                && box.y() + box.height() <= drawing.height();
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    private static boolean onBorder(Point point, Box box) {
        double tolerance = 0.5;
        boolean withinX = point.x() >= box.x() - tolerance && point.x() <= box.x() + box.width() + tolerance;
        boolean withinY = point.y() >= box.y() - tolerance && point.y() <= box.y() + box.height() + tolerance;
        boolean onVertical = Math.abs(point.x() - box.x()) <= tolerance || Math.abs(point.x() - box.x() - box.width()) <= tolerance;
        boolean onHorizontal = Math.abs(point.y() - box.y()) <= tolerance || Math.abs(point.y() - box.y() - box.height()) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
